-- CreateEnum
CREATE TYPE "GoalVisibility" AS ENUM ('MATCHING_SUPPORTERS', 'ONLY_ASKED');

-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "visibility" "GoalVisibility" NOT NULL DEFAULT 'MATCHING_SUPPORTERS';
