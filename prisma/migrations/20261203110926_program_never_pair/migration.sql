-- CreateTable
CREATE TABLE "ProgramNeverPair" (
    "programId" TEXT NOT NULL,
    "firstId" TEXT NOT NULL,
    "secondId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramNeverPair_pkey" PRIMARY KEY ("programId","firstId","secondId")
);

-- AddForeignKey
ALTER TABLE "ProgramNeverPair" ADD CONSTRAINT "ProgramNeverPair_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramNeverPair" ADD CONSTRAINT "ProgramNeverPair_firstId_fkey" FOREIGN KEY ("firstId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramNeverPair" ADD CONSTRAINT "ProgramNeverPair_secondId_fkey" FOREIGN KEY ("secondId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
