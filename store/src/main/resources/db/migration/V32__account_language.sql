-- The language an account reads Pana in (en, kk, ru, ug or zh), chosen on any page and remembered
-- across logins and browsers. A language tag only: nothing identifying.
ALTER TABLE account ADD COLUMN language VARCHAR(8);
