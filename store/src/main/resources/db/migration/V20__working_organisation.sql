-- The organisation an account records new people and cases for, when it belongs to several: chosen
-- once and remembered. An id only: nothing identifying.
ALTER TABLE account ADD COLUMN working_organisation VARCHAR(36);
