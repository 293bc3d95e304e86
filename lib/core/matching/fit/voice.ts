/**
 * The two voices a reason is written in: to the protégé ("your goal") and to a program admin
 * reviewing proposals ("Nadia's goal"). Every reason is built once per voice from the same
 * facts, so the two always say the same thing.
 */
export interface Voice {
  /** "your goal" / "Nadia's goal" */
  goal: string;
  /** "Your goal" / "Nadia's goal", to open a sentence. */
  Goal: string;
  /** "your" / "Nadia's" */
  your: string;
  /** "yours" / "Nadia's" */
  yours: string;
  /** "you" / "Nadia" */
  you: string;
  /** "You" / "Nadia", to open a sentence. */
  You: string;
}

export const TO_PROTEGE: Voice = {
  goal: 'your goal',
  Goal: 'Your goal',
  your: 'your',
  yours: 'yours',
  you: 'you',
  You: 'You',
};

export function aboutPerson(name: string): Voice {
  const first = name.trim().split(/\s+/)[0] || 'the protégé';
  const possessive = /s$/i.test(first) ? `${first}'` : `${first}'s`;
  return {
    goal: `${possessive} goal`,
    Goal: `${possessive} goal`,
    your: possessive,
    yours: possessive,
    you: first,
    You: first,
  };
}

/** Both voices of one sentence. */
export interface Said {
  text: string;
  about: string;
}

export const say = (write: (voice: Voice) => string, about: Voice): Said => ({
  text: write(TO_PROTEGE),
  about: write(about),
});
