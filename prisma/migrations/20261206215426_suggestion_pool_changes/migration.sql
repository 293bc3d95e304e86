-- CreateTable
CREATE TABLE "SuggestionPoolChange" (
    "id" BIGSERIAL NOT NULL,
    "userId" TEXT,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionPoolChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SuggestionPoolChange_at_idx" ON "SuggestionPoolChange"("at");

-- The migration runner splits its script at every semicolon, so the function bodies below are
-- E'' strings that write each semicolon as \073.

-- Statement-level triggers write who changed, once per person per statement (transition
-- tables: a bulk import of 20,000 steps writes one row per person, not per step). Updates that
-- change nothing (Prisma's updatedAt aside) write nothing. Decision 026.

CREATE FUNCTION suggestion_pool_profile_changed() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "SuggestionPoolChange" ("userId") SELECT DISTINCT "userId" FROM new_rows\073
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO "SuggestionPoolChange" ("userId") SELECT DISTINCT "userId" FROM old_rows\073
  ELSE
    INSERT INTO "SuggestionPoolChange" ("userId")
    SELECT n."userId" FROM new_rows n LEFT JOIN old_rows o ON o."userId" = n."userId"
    WHERE o."userId" IS NULL OR (to_jsonb(n) - ''updatedAt'') IS DISTINCT FROM (to_jsonb(o) - ''updatedAt'')
    UNION
    SELECT o."userId" FROM old_rows o
    WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n."userId" = o."userId")\073
  END IF\073
  RETURN NULL\073
END ';

CREATE TRIGGER suggestion_pool_profile_insert AFTER INSERT ON "Profile"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION suggestion_pool_profile_changed();
CREATE TRIGGER suggestion_pool_profile_update AFTER UPDATE ON "Profile"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION suggestion_pool_profile_changed();
CREATE TRIGGER suggestion_pool_profile_delete AFTER DELETE ON "Profile"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION suggestion_pool_profile_changed();

CREATE FUNCTION suggestion_pool_experience_changed() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "SuggestionPoolChange" ("userId") SELECT DISTINCT "userId" FROM new_rows\073
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO "SuggestionPoolChange" ("userId") SELECT DISTINCT "userId" FROM old_rows\073
  ELSE
    INSERT INTO "SuggestionPoolChange" ("userId")
    SELECT n."userId" FROM new_rows n LEFT JOIN old_rows o ON o."id" = n."id"
    WHERE o."id" IS NULL OR to_jsonb(n) IS DISTINCT FROM to_jsonb(o)
    UNION
    SELECT o."userId" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
    WHERE n."userId" IS DISTINCT FROM o."userId"\073
  END IF\073
  RETURN NULL\073
END ';

CREATE TRIGGER suggestion_pool_experience_insert AFTER INSERT ON "Experience"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION suggestion_pool_experience_changed();
CREATE TRIGGER suggestion_pool_experience_update AFTER UPDATE ON "Experience"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION suggestion_pool_experience_changed();
CREATE TRIGGER suggestion_pool_experience_delete AFTER DELETE ON "Experience"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION suggestion_pool_experience_changed();

-- A person's name is on their suggestion card, other changes to User (sign-ins, e-mail
-- settings) are not read by suggestions and write nothing.
CREATE FUNCTION suggestion_pool_user_renamed() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "SuggestionPoolChange" ("userId")
  SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE n."name" IS DISTINCT FROM o."name"\073
  RETURN NULL\073
END ';

CREATE TRIGGER suggestion_pool_user_update AFTER UPDATE ON "User"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION suggestion_pool_user_renamed();

-- An organisation or function renamed changes many people at once: a null id, read as
-- "prepare everyone again".
CREATE FUNCTION suggestion_pool_name_changed() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE n."name" IS DISTINCT FROM o."name") THEN
    INSERT INTO "SuggestionPoolChange" ("userId") VALUES (NULL)\073
  END IF\073
  RETURN NULL\073
END ';

CREATE TRIGGER suggestion_pool_organisation_update AFTER UPDATE ON "Organisation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION suggestion_pool_name_changed();
CREATE TRIGGER suggestion_pool_function_update AFTER UPDATE ON "Function"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION suggestion_pool_name_changed();

-- Emptying a table (TRUNCATE fires no row or transition-table triggers) changes everyone.
CREATE FUNCTION suggestion_pool_emptied() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "SuggestionPoolChange" ("userId") VALUES (NULL)\073
  RETURN NULL\073
END ';

CREATE TRIGGER suggestion_pool_profile_truncate AFTER TRUNCATE ON "Profile"
  FOR EACH STATEMENT EXECUTE FUNCTION suggestion_pool_emptied();
CREATE TRIGGER suggestion_pool_experience_truncate AFTER TRUNCATE ON "Experience"
  FOR EACH STATEMENT EXECUTE FUNCTION suggestion_pool_emptied();
CREATE TRIGGER suggestion_pool_user_truncate AFTER TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION suggestion_pool_emptied();
