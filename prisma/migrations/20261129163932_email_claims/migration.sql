-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "claimedAt" TIMESTAMP(3);
