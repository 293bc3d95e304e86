-- CreateEnum
CREATE TYPE "EmailKind" AS ENUM ('REQUESTS', 'MESSAGES', 'MEETINGS', 'REMINDERS');

-- CreateEnum
CREATE TYPE "EmailFrequency" AS ENUM ('AT_ONCE', 'DAILY_DIGEST', 'OFF');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EmailStatus" ADD VALUE 'AWAITING_DIGEST';
ALTER TYPE "EmailStatus" ADD VALUE 'IN_DIGEST';

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "fields" JSONB,
ADD COLUMN     "kind" "EmailKind",
ADD COLUMN     "template" TEXT,
ADD COLUMN     "userId" TEXT;

-- CreateTable
CREATE TABLE "EmailPreference" (
    "userId" TEXT NOT NULL,
    "kind" "EmailKind" NOT NULL,
    "frequency" "EmailFrequency" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmailPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateIndex
CREATE INDEX "EmailMessage_status_userId_idx" ON "EmailMessage"("status", "userId");

-- AddForeignKey
ALTER TABLE "EmailPreference" ADD CONSTRAINT "EmailPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailMessage" ADD CONSTRAINT "EmailMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
