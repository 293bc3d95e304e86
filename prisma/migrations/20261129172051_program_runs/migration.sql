-- CreateEnum
CREATE TYPE "MatchingRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'CANCELLED', 'FAILED');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('PROPOSED', 'APPROVED', 'REJECTED', 'PUBLISHED');

-- AlterEnum
ALTER TYPE "RequestOrigin" ADD VALUE 'PROGRAM';

-- AlterTable
ALTER TABLE "ConnectionRequest" ADD COLUMN     "programId" TEXT,
ADD COLUMN     "proposalId" TEXT,
ADD COLUMN     "protegeAcceptedAt" TIMESTAMP(3),
ADD COLUMN     "supporterAcceptedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ProgramMember" ADD COLUMN     "externalId" TEXT;

-- CreateTable
CREATE TABLE "MatchingRun" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "activeProgramId" TEXT,
    "status" "MatchingRunStatus" NOT NULL DEFAULT 'QUEUED',
    "stage" TEXT NOT NULL DEFAULT 'queued',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "startedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "cancelRequestedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "error" TEXT,
    "figures" JSONB,
    "unmet" JSONB,

    CONSTRAINT "MatchingRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "kind" "HelpKind" NOT NULL,
    "protegeId" TEXT NOT NULL,
    "supporterId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "reasons" JSONB NOT NULL,
    "alternatives" JSONB NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'PROPOSED',
    "swappedFromId" TEXT,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MatchingRun_activeProgramId_key" ON "MatchingRun"("activeProgramId");

-- CreateIndex
CREATE INDEX "MatchingRun_programId_createdAt_idx" ON "MatchingRun"("programId", "createdAt");

-- CreateIndex
CREATE INDEX "Proposal_runId_score_idx" ON "Proposal"("runId", "score");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_runId_goalId_kind_key" ON "Proposal"("runId", "goalId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "ConnectionRequest_proposalId_key" ON "ConnectionRequest"("proposalId");

-- CreateIndex
CREATE INDEX "ConnectionRequest_programId_idx" ON "ConnectionRequest"("programId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramMember_programId_externalId_key" ON "ProgramMember"("programId", "externalId");

-- AddForeignKey
ALTER TABLE "ConnectionRequest" ADD CONSTRAINT "ConnectionRequest_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectionRequest" ADD CONSTRAINT "ConnectionRequest_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingRun" ADD CONSTRAINT "MatchingRun_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_runId_fkey" FOREIGN KEY ("runId") REFERENCES "MatchingRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_protegeId_fkey" FOREIGN KEY ("protegeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_supporterId_fkey" FOREIGN KEY ("supporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
