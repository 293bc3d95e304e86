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
    patterns: [
      'how ~ others|people|they|you|u|someone|founders|partners|directors|leaders|folks ~ get|got|make|made|become|became|do|did|land|go|went|prepare|prepared',
      'someone|people|others|person|anyone|folks|those|teachers|mentor ~ who|that ~ has|have|had|is|are ~ done|been|walked|made|taken|gone|switched|returned|became|come|came',
      'someone|people|others|anyone|folks|those ~ who|that ~ did|went|became|switched|returned|came|made',
      'been there ~ done',
      'walk|walked ~ path|road|route|journey',
      'learn|hear|talk|speak|meet ~ from|to|with ~ someone|people|others|those|former|current|person',
      'advice|advise ~ from',
      'what ~ others|people|they ~ do|did',
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
      'only woman|women|one|person',
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
    code: 'text-clear-destination',
    need: 'navigate-path',
    weight: 1,
    patterns: [
      'know exactly|precisely',
      'i know what i want',
      'clear goal',
      "i'm|am clear",
      'clear that|about where',
    ],
    reason: (found) =>
      `You say you are clear about where you are going ("${found}"); a mentor helps most once the destination is settled.`,
  },
];
