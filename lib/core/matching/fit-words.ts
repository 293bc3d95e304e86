/**
 * A fit score as a person reads it: a few honest words, never a bare number. The bands follow
 * the score's make-up: above 700 nearly every part of the fit is met, below 300 only some are.
 */
export function fitInWords(score: number): string {
  if (score >= 700) return 'Excellent fit';
  if (score >= 500) return 'Strong fit';
  if (score >= 300) return 'Good fit';
  return 'Possible fit';
}
