-- E-mail is sent outside any transaction: a worker claims a queued e-mail by
-- setting a lease (email_claimed_until) and commits, sends, then records the
-- outcome. A lease that runs out (the worker crashed) makes the e-mail
-- claimable again: delivery is at-least-once.

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "email_claimed_until" TIMESTAMPTZ(3),
ADD COLUMN     "email_last_error" VARCHAR(500);
