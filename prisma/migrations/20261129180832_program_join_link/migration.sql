-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "joinCode" TEXT NOT NULL DEFAULT gen_random_uuid()::text;

-- CreateIndex
CREATE UNIQUE INDEX "Program_joinCode_key" ON "Program"("joinCode");
