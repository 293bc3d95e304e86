import 'server-only';
/**
 * More detail before answering: the receiver of a request may ask one question, and the
 * sender may answer it once. A program's invitation has no sender to ask, so it has neither.
 */
import type { Actor } from '../auth/session';
import { AppError } from '../errors';
import { notify } from './notify';
import { openRequest } from './open-request';
import { protegeUnnamed, receivedBy, receiversOf, senderOf, sentBy } from './sides';
import { inTransaction } from './transaction';

export async function askForDetail({
  actor,
  input,
}: {
  actor: Actor;
  input: { requestId: string; question: string };
}) {
  await inTransaction(async (tx) => {
    const request = await openRequest(tx, input.requestId, receivedBy(actor));
    const sender = senderOf(request);
    if (!sender)
      throw new AppError(
        'CONFLICT',
        'A program’s invitation has nobody to ask: accept or decline it.',
      );
    if (request.detailQuestion)
      throw new AppError('CONFLICT', 'You have already asked for more detail on this request.');
    await tx.connectionRequest.update({
      where: { id: request.id },
      data: { detailQuestion: input.question },
    });
    await notify(
      tx,
      sender,
      'request-detail-asked',
      // An offer's protégé stays unnamed to the one who offered until they accept.
      `${protegeUnnamed(request) ? 'The person you offered to help' : actor.name} would like a little more detail before answering.`,
      `/requests/${request.id}`,
    );
  });
}

export async function answerDetail({
  actor,
  input,
}: {
  actor: Actor;
  input: { requestId: string; answer: string };
}) {
  await inTransaction(async (tx) => {
    const request = await openRequest(tx, input.requestId, sentBy(actor));
    if (!request.detailQuestion)
      throw new AppError('CONFLICT', 'Nobody has asked for more detail on this request.');
    if (request.detailAnswer)
      throw new AppError('CONFLICT', 'You have already answered; the answer can be given once.');
    await tx.connectionRequest.update({
      where: { id: request.id },
      data: { detailAnswer: input.answer },
    });
    await notify(
      tx,
      receiversOf(request)[0]!,
      'request-detail-answered',
      `${actor.name} answered your question.`,
      `/requests/${request.id}`,
    );
  });
}
