-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "archivedAt" TIMESTAMP(3);
