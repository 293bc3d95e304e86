-- CreateIndex
CREATE INDEX "Goal_visibility_createdAt_idx" ON "Goal"("visibility", "createdAt" DESC);
