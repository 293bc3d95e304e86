/**
 * The assignment part of the matching engine: exact capacitated assignment with a
 * certificate. Pure: data in, data out.
 */
export { solveAssignment, type SolveOptions } from './solve';
export { certifyAssignment, findCertificateError } from './certify';
export { BestK } from './best-k';
export { runCandidateRounds, type CandidateRounds } from './candidate-rounds';
export { findProblemError } from './validate';
export { problemFromTriples, assignmentPairs } from './convert';
export { MAX_SCORE, type AssignmentProblem, type AssignmentSolution } from './types';
