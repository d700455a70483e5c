-- Dispositions: what was done to people: cases filed, warnings, criticism, reminder talks.
CREATE TABLE dispositions (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inspection_id  bigint NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
    finding_id     bigint REFERENCES findings (id) ON DELETE CASCADE,
    person_id      bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind           text NOT NULL,
    note           text NOT NULL,
    CONSTRAINT dispositions_kind_known CHECK (kind IN (
        'case_filed', 'warning', 'serious_warning', 'demerit', 'major_demerit', 'demotion',
        'dismissal', 'expulsion', 'criticism', 'written_self_examination', 'reminder_talk',
        'admonishment_talk', 'interview', 'handled', 'removed_from_party',
        'accountability_in_progress'
    ))
);

CREATE INDEX dispositions_inspection_id_index ON dispositions (inspection_id);
CREATE INDEX dispositions_finding_id_index ON dispositions (finding_id);
CREATE INDEX dispositions_person_id_index ON dispositions (person_id);
CREATE INDEX dispositions_kind_index ON dispositions (kind);

COMMENT ON TABLE dispositions IS 'What was done to a person as part of a rectification. Rows without a finding are the notice''s overall totals (its summary); they may count people also dealt with under a finding, which the notice does not say.';
COMMENT ON COLUMN dispositions.id IS 'Surrogate key.';
COMMENT ON COLUMN dispositions.inspection_id IS 'The inspection whose rectification it belongs to.';
COMMENT ON COLUMN dispositions.finding_id IS 'The finding it was for; NULL when the notice states it only in its summary.';
COMMENT ON COLUMN dispositions.person_id IS 'The person dealt with.';
COMMENT ON COLUMN dispositions.kind IS 'case_filed (立案查处), warning (警告处分), serious_warning (严重警告), demerit (记过), major_demerit (记大过), demotion (降级), dismissal (撤职), expulsion (开除), criticism (批评教育), written_self_examination (书面检查), reminder_talk (提醒谈话), admonishment_talk (诫勉谈话), interview (约谈), handled (处理, unspecified), removed_from_party (按自行退党处理) or accountability_in_progress (正在追责).';
COMMENT ON COLUMN dispositions.note IS 'The notice''s clause that states it.';

-- Funds: money the notice says was refunded, collected, returned, invested or paid back.
CREATE TABLE funds (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    finding_id   bigint NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
    unit_id      bigint REFERENCES units (id) ON DELETE RESTRICT,
    kind         text NOT NULL,
    amount       numeric(20, 2),
    amount_text  text,
    sentence     text NOT NULL,
    CONSTRAINT funds_amount_not_negative CHECK (amount >= 0),
    CONSTRAINT funds_amount_text_with_amount CHECK ((amount IS NULL) = (amount_text IS NULL)),
    CONSTRAINT funds_kind_known CHECK (kind IN (
        'refunded', 'arrears_collected', 'returned_to_proper_account', 'invested', 'back_paid',
        'repaid', 'other'
    ))
);

CREATE INDEX funds_finding_id_index ON funds (finding_id);
CREATE INDEX funds_unit_id_index ON funds (unit_id);
CREATE INDEX funds_kind_index ON funds (kind);
CREATE INDEX funds_amount_index ON funds (amount);

COMMENT ON TABLE funds IS 'Money a finding''s progress text says moved: refunded, collected, returned, invested, paid back. A sentence that says money moved without an amount gives a row with a NULL amount.';
COMMENT ON COLUMN funds.id IS 'Surrogate key.';
COMMENT ON COLUMN funds.finding_id IS 'The finding whose progress text states it.';
COMMENT ON COLUMN funds.unit_id IS 'The unit whose money it is: the unit the sentence names, else the unit the finding''s title names; NULL when neither names one.';
COMMENT ON COLUMN funds.kind IS 'refunded (清退, 退款), arrears_collected (催收, 欠缴), returned_to_proper_account (归还原资金渠道), invested (投资), back_paid (补缴), repaid (归还) or other (an amount with none of these words).';
COMMENT ON COLUMN funds.amount IS 'Amount in yuan, exact (38.12万元 is 381200.00); NULL when the notice gives none.';
COMMENT ON COLUMN funds.amount_text IS 'The amount as printed, e.g. 38.12万元; NULL with amount.';
COMMENT ON COLUMN funds.sentence IS 'The sentence it came from.';
