-- CreateEnum
CREATE TYPE "Theme" AS ENUM ('light', 'dark', 'system');

-- CreateEnum
CREATE TYPE "WeekStartDay" AS ENUM ('sunday', 'monday', 'saturday');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "theme" "Theme",
ADD COLUMN     "week_start" "WeekStartDay";
