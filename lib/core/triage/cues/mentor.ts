/**
 * Cues that a mentor fits: a destination the person has settled on, a very senior role whose
 * rules are unwritten, a path few have walked, and wanting to hear from someone who has.
 */
import type { Cue } from './cue';
import { FIELDS, ORIGINS, ROLE_WORDS } from './role-words';

export const MENTOR_CUES: readonly Cue[] = [
  {
    code: 'text-senior-role',
    need: 'senior-role',
    weight: 2,
    context: 'aimed',
    patterns: [
      '=vp|=svp|=evp|=avp',
      'vice =president|=chair',
      '=director|=md',
      'c - suite|level',
      'csuite|ceo|cfo|cto|coo|cmo|cio|chro|cpo|cdo|ciso|cro',
      'chief ~ officer',
      '=partner',
      'head of',
      'executive|exec team|committee|level|role|board',
      'senior|top leadership|executive|management|job',
      'leadership team',
      'general manager|counsel',
      'staff|principal|distinguished engineer|scientist',
      'board',
      'lead|run|head ~ business|division|function|region',
    ],
    reason: (found) =>
      `You are aiming for ${found}, a senior level where the rules of success are rarely written down; a mentor who has got there can show you how it really works.`,
  },
  {
    code: 'text-target-role',
    need: 'navigate-path',
    weight: 1.5,
    context: 'aimed',
    patterns: [ROLE_WORDS, 'chief of staff', `${FIELDS} role|job|position`],
    reason: (found) =>
      `You name a specific destination (${found}); a mentor who has made that move can help you find the way there.`,
  },
  {
    code: 'text-career-move',
    need: 'navigate-path',
    weight: 1.5,
    patterns: [
      `move|moving|transition|switch|pivot|break|go|get|career ~ into|to|in ~ ${FIELDS}`,
      `from ~ ${FIELDS}|${ORIGINS} ~ to|into`,
    ],
    reason: (found) =>
      `You describe a move you have chosen ("${found}"); someone who has made the same move can help you navigate it.`,
  },
  {
    code: 'text-others-path',
    need: 'navigate-path',
    weight: 2,
    ask: true,
    patterns: [
      'how ~ =others|people|they|you|u|someone|founders|partners|directors|leaders|folks ~ get|got|make|made|become|became|do|did|land|go|went|prepare|prepared',
      'someone|people|=others|person|anyone|folks|those|teachers|mentor ~ who|that ~ has|have|had|is|are ~ done|been|walked|made|taken|gone|switched|returned|became|come|came',
      'someone|people|=others|anyone|folks|those ~ who|that ~ did|went|became|switched|returned|came|made',
      'been there ~ done',
      'walk|walked ~ path|road|route|journey',
      'learn|hear|meet ~ from|to|with ~ someone|people|=others|those|former|current|person',
      'learn|hear ~ from a|an',
      // Talking to people is as often the skill itself ("speak to people without freezing"):
      // only a conversation with someone in particular is an ask for their experience.
      'talk|speak ~ to|with ~ someone|somebody|anyone|former|current|person',
      'talk|speak ~ to|with ~ people|=others|those ~ who|that',
      'advice|advise ~ from',
      'what ~ =others|people|they ~ do|did',
      'what ~ it|they ~ took',
      'make|made ~ the|that|this|a|similar ~ jump|leap|switch|move|transition|step',
      'similar|same ~ route|path|transition|journey|leap|switch|way|move',
      'their|your ~ path|journey|route|careers|story|stories',
      'moves|steps ~ did|do ~ make|take|took',
      'navigate|navigating ~ path|promotion|route|road|way|transition|there',
      'show ~ me ~ path|way|ropes',
      'on that|this journey',
    ],
    reason: (found) =>
      `You want to learn from people who have already walked the path ("${found}"), which is what a mentor offers.`,
  },
  {
    code: 'text-unwritten-rules',
    need: 'senior-role',
    weight: 1.5,
    patterns: [
      'unwritten|subjective|opaque|politics|mystery',
      'rules|criteria|bar|expectations ~ ambiguous|vague|unclear',
      'what ~ it ~ really ~ take|takes',
      'nobody|no one ~ explain|tell|tells',
      'what the bar is',
      'hidden rules|expectations',
    ],
    reason: (found) =>
      `You say the way up is not written down ("${found}"); a mentor who has been through it can explain how it really works.`,
  },
  {
    code: 'text-unusual-path',
    need: 'unique-path',
    weight: 2,
    patterns: [
      'first ~ in|of ~ family',
      'first - generation|gen',
      'first generation',
      'first ~ engineer|person|woman|man|one|employee|graduate|member ~ from|in|to',
      'few|no|not|limited|any ~ role models',
      'few|nobody ~ people|one ~ have|has|with|like',
      'know anyone|nobody|noone',
      'met anyone',
      'unusual|unconventional|nontraditional|atypical|unique',
      'non - traditional',
      'self - taught',
      'no degree',
      'immigrant|refugee',
      `ex-* ${ORIGINS}`,
      'ex-*',
      `former|pro|professional ~ ${ORIGINS}|officer|footballer`,
      `from ~ ${ORIGINS}`,
      'own company|business|startup',
      'sold my|our startup|company',
      'back|return|returning ~ to|into ~ corporate|big',
      'career break',
      'back|returning ~ after',
      'raising my|the kids|children',
    ],
    reason: (found) =>
      `You describe a path few people have taken ("${found}"); a mentor who has made a similar move is worth a lot when role models are scarce.`,
  },
  {
    // Being the only one like you around says role models are scarce, so it backs a path,
    // but it is a circumstance, not a destination: on its own it should not make a mentor.
    code: 'text-few-like-me',
    need: 'unique-path',
    weight: 1,
    patterns: ['only woman|women|person|female|minority', 'the only one'],
    reason: (found) =>
      `You say few people there are like you ("${found}"), so role models are scarce; a mentor who has been in your shoes can help.`,
  },
  {
    // A move into ownership: someone who has founded the same kind of business knows the way.
    code: 'text-founding',
    need: 'navigate-path',
    weight: 1.5,
    patterns: [
      // Exact forms: "founded", "started" and "launched" tell of the past, not a plan.
      '=founding|=found|=cofounding|=cofound|=start|=starting|=launch|=launching ~ startup|company|business|firm|enterprise|venture|charity|practice|agency|consultancy|nonprofit',
      'co - =found|=founding',
      '=start|=starting|=launch|=launching|=open|=opening|=set|=setting ~ my|our ~ own',
      '=set|=setting up ~ startup|company|business|firm|venture|practice|agency|consultancy',
      'go|going|become|becoming ~ freelance|independent',
      'self - employed',
      'own boss',
    ],
    reason: (found) =>
      `You want to start something of your own ("${found}"); someone who has founded one can show you the way.`,
  },
  {
    code: 'text-clear-destination',
    need: 'navigate-path',
    weight: 1,
    patterns: [
      'know exactly|precisely',
      'i know what i want',
      'clear goal',
      "i'm|am clear",
      'clear that|about where',
      'where i want to be',
      'where i want to end up',
      'where i see myself',
    ],
    reason: (found) =>
      `You say you are clear about where you are going ("${found}"); a mentor helps most once the destination is settled.`,
  },
];
