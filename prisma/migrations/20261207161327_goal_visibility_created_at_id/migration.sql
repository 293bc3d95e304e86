-- DropIndex
DROP INDEX "Goal_visibility_createdAt_idx";

-- CreateIndex
CREATE INDEX "Goal_visibility_createdAt_id_idx" ON "Goal"("visibility", "createdAt" DESC, "id" DESC);
