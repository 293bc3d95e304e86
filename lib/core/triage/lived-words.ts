/**
 * The words a lived-experience ask is read with: who can be asked for, the verbs that tell of
 * something lived, and the words that end the clause. Kept apart from the reading itself so
 * each list can grow with a comment on why a word is in it.
 */
// People asked for without an article: "someone who", "people that", "those who".
export const ASKED_PEOPLE = new Set([
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'people',
  'person',
  'others',
  'those',
  'folks',
  'mentors',
  'founders',
  'leaders',
]);
// "a partner who", "an area manager who": an indefinite person is one being asked for, where
// "my boss who" or "the nurses who" are people already in the story.
export const INDEFINITE = new Set(['a', 'an', 'some', 'any']);
export const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'is',
  "'s",
  'was',
  'are',
  'were',
  'would',
]);
export const BE_FORMS = new Set(['is', 'was', 'are', 'were']);
export const ADVERBS = new Set([
  'already',
  'actually',
  'recently',
  'also',
  'successfully',
  'personally',
  'just',
  'once',
  'really',
  'previously',
  'ever',
  'then',
  'genuinely',
  'truly',
  'themselves',
  'now',
  'currently',
]);
// Past forms that do not end in -ed; "-ed" words are read as past by their ending.
export const IRREGULAR_PAST = new Set(
  (
    'did done made built ran run led grew grown sold gave given held sat taken took got gotten ' +
    'went gone came come became become left won begun began rose risen wrote written spoke ' +
    'spoken taught brought bought fought kept met paid put set spent stood broke broken chose ' +
    'chosen drove driven fell fallen flew flown knew known lost saw seen overcame undertook ' +
    'found been quit cut let shut spread dealt felt sent burnt learnt earnt fled fed struck hung ' +
    'shot forgot bent'
  ).split(' '),
);
// A role held: "someone who is a CFO", "who was the GM".
export const ROLE_OPENERS = new Set(['a', 'an', 'the']);
// Holding something now is as lived as having done it: "someone who owns a bar", "who runs
// hotels in the Gulf". Not "works" or "manages", which as often tell of the person's own boss.
export const HOLDING_NOW = new Set(['owns', 'runs', 'leads', 'heads', 'holds', 'chairs', 'sits']);
// Words after which the clause is over: a new request or a purpose for the help.
export const CLAUSE_ENDS = new Set(['plus', '+', 'but', 'so', 'because', 'i', 'also', 'who']);
export const PURPOSE_VERBS = new Set([
  'help',
  'coach',
  'teach',
  'guide',
  'show',
  'support',
  'work',
]);

// Words that ask for a person: "looking for someone who", "hear from an NP who".
export const ASKING = new Set(
  (
    'want wanted wanting like love need needed looking look seeking seek find finding match ' +
    'matched pair paired connect connected introduce introduced hear hearing talk talking speak ' +
    'speaking learn learning meet meeting advice guidance input perspective insight tips value ' +
    'welcome appreciate ideally please shadow'
  ).split(' '),
);
// Words that put the person in the story instead: "I work with a director who founded the
// company", "present to people who joined the board".
export const IN_THE_STORY = new Set(
  (
    'present presenting pitch pitching report reporting sell selling explain manage managing ' +
    'lead leading work working deal dealing handle handling cope coping argue arguing compete ' +
    'competing clash clashing say tell told give giving send write hire hiring train training ' +
    'supervise supervising replace replacing'
  ).split(' '),
);
// "learn it from a partner who...": the words that make a skill something learnt from them.
export const LEARNING = new Set(['learn', 'learning', 'learnt', 'learned', 'pick', 'picking']);
export const PRONOUNS = new Set(['it', 'this', 'that', 'these', 'those', 'them']);
export const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);
