-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "relationshipId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "doneAt" TIMESTAMP(3),
    "doneById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Milestone_relationshipId_position_idx" ON "Milestone"("relationshipId", "position");

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "Relationship"("id") ON DELETE CASCADE ON UPDATE CASCADE;
