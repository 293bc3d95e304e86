-- AlterTable
ALTER TABLE "Relationship" ADD COLUMN     "guideQuestionIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "guidesOn" BOOLEAN NOT NULL DEFAULT true;
