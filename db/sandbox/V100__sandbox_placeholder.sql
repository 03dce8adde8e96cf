-- Sandbox-only tables (simulated partners) live in this folder, versions 100 and up.
-- Flyway reads it only in the sandbox profile, so production never gets them.
SELECT 1;
