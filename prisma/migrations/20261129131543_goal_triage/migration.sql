-- CreateEnum
CREATE TYPE "HelpKind" AS ENUM ('MENTOR', 'COACH', 'BOTH');

-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "chosenAt" TIMESTAMP(3),
ADD COLUMN     "chosenKind" "HelpKind",
ADD COLUMN     "triageConfidence" DOUBLE PRECISION,
ADD COLUMN     "triageKind" "HelpKind",
ADD COLUMN     "triageReasons" JSONB;
