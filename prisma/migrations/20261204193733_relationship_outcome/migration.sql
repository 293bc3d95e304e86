-- CreateTable
CREATE TABLE "RelationshipOutcome" (
    "id" TEXT NOT NULL,
    "relationshipId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "helped" INTEGER NOT NULL,
    "wouldRecommend" BOOLEAN NOT NULL,
    "adminNote" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RelationshipOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RelationshipOutcome_relationshipId_authorId_key" ON "RelationshipOutcome"("relationshipId", "authorId");

-- AddForeignKey
ALTER TABLE "RelationshipOutcome" ADD CONSTRAINT "RelationshipOutcome_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "Relationship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelationshipOutcome" ADD CONSTRAINT "RelationshipOutcome_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
