-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "hideFromSuggestions" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "hidePastEmployers" BOOLEAN NOT NULL DEFAULT false;
