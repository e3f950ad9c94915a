-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'ko');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "locale" "Locale";
