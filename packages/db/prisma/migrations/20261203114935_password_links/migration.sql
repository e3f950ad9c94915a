-- CreateEnum
CREATE TYPE "PasswordLinkPurpose" AS ENUM ('RESET', 'ADMIN_RESET', 'SET_PASSWORD');

-- CreateTable
CREATE TABLE "password_links" (
    "token_hash" CHAR(64) NOT NULL,
    "user_id" UUID NOT NULL,
    "purpose" "PasswordLinkPurpose" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "password_links_pkey" PRIMARY KEY ("token_hash")
);

-- CreateIndex
CREATE INDEX "password_links_user_id_idx" ON "password_links"("user_id");

-- CreateIndex
CREATE INDEX "password_links_expires_at_idx" ON "password_links"("expires_at");

-- AddForeignKey
ALTER TABLE "password_links" ADD CONSTRAINT "password_links_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
