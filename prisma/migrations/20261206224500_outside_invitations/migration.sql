-- CreateEnum
CREATE TYPE "AccountKind" AS ENUM ('MEMBER', 'GUEST');

-- CreateEnum
CREATE TYPE "OutsideInvitationStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED');

-- AlterEnum
ALTER TYPE "RequestOrigin" ADD VALUE 'OUTSIDE';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "kind" "AccountKind" NOT NULL DEFAULT 'MEMBER';

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "allowOutsideMentors" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "OutsideInvitation" (
    "id" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "protegeId" TEXT NOT NULL,
    "inviteeEmail" TEXT NOT NULL,
    "kind" "HelpKind" NOT NULL,
    "note" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "status" "OutsideInvitationStatus" NOT NULL DEFAULT 'OPEN',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "inviteeId" TEXT,
    "requestId" TEXT,
    "programId" TEXT,

    CONSTRAINT "OutsideInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutsideInvitation_tokenHash_key" ON "OutsideInvitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "OutsideInvitation_requestId_key" ON "OutsideInvitation"("requestId");

-- CreateIndex
CREATE INDEX "OutsideInvitation_protegeId_status_idx" ON "OutsideInvitation"("protegeId", "status");

-- CreateIndex
CREATE INDEX "OutsideInvitation_inviteeEmail_status_idx" ON "OutsideInvitation"("inviteeEmail", "status");

-- CreateIndex
CREATE INDEX "OutsideInvitation_programId_idx" ON "OutsideInvitation"("programId");

-- AddForeignKey
ALTER TABLE "OutsideInvitation" ADD CONSTRAINT "OutsideInvitation_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutsideInvitation" ADD CONSTRAINT "OutsideInvitation_protegeId_fkey" FOREIGN KEY ("protegeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutsideInvitation" ADD CONSTRAINT "OutsideInvitation_inviteeId_fkey" FOREIGN KEY ("inviteeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutsideInvitation" ADD CONSTRAINT "OutsideInvitation_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ConnectionRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutsideInvitation" ADD CONSTRAINT "OutsideInvitation_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE SET NULL ON UPDATE CASCADE;
