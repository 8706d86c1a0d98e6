-- The lead library is a party too: its own role, responsibilities, contribution, money and benefits, and who
-- represents it when the agreement is signed (name and position).
ALTER TABLE partnership ADD COLUMN lead_role VARCHAR(300);
ALTER TABLE partnership ADD COLUMN lead_responsibilities VARCHAR(4000);
ALTER TABLE partnership ADD COLUMN lead_contributions VARCHAR(200);
ALTER TABLE partnership ADD COLUMN lead_money_eur NUMERIC(14, 2);
ALTER TABLE partnership ADD COLUMN lead_contribution_note VARCHAR(2000);
ALTER TABLE partnership ADD COLUMN lead_benefits VARCHAR(4000);
ALTER TABLE partnership ADD COLUMN lead_representative VARCHAR(200);
