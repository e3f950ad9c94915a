-- AlterTable
ALTER TABLE "rate_limit_counters" ADD COLUMN     "last_hit_at" TIMESTAMPTZ(3);
