import 'server-only';
import { AppError, notFound } from '../errors';
import type { Tx } from './transaction';

/**
 * An open request on the caller's side (`where` names that side), locked for the rest of the
 * transaction so two answers to one request cannot both go through. The lock is taken only
 * after the caller's side is checked, and the status is read again under it.
 */
export async function openRequest(tx: Tx, requestId: string, where: object) {
  const mine = await tx.connectionRequest.findFirst({
    where: { id: requestId, ...where },
    select: { id: true },
  });
  if (!mine) throw notFound('request');
  await tx.$queryRaw`SELECT 1 FROM "ConnectionRequest" WHERE "id" = ${requestId} FOR NO KEY UPDATE`;
  const request = await tx.connectionRequest.findFirst({
    where: { id: requestId, ...where },
    select: {
      id: true,
      status: true,
      kind: true,
      origin: true,
      goalId: true,
      protegeId: true,
      supporterId: true,
      detailQuestion: true,
      detailAnswer: true,
      protegeAcceptedAt: true,
      supporterAcceptedAt: true,
      protege: { select: { name: true } },
      supporter: { select: { name: true } },
    },
  });
  if (!request) throw notFound('request');
  if (request.status !== 'OPEN')
    throw new AppError(
      'CONFLICT',
      `This request is no longer open (${request.status.toLowerCase()}).`,
    );
  return request;
}
export type OpenRequest = Awaited<ReturnType<typeof openRequest>>;
