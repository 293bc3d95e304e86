-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "intentCorrection" JSONB;
