-- Dispositions: what was done to people: cases filed, warnings, criticism, reminder talks.
CREATE TABLE dispositions (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inspection_id  bigint NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
    finding_id     bigint REFERENCES findings (id) ON DELETE CASCADE,
    person_id      bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind           text NOT NULL,
    note           text NOT NULL,
    CONSTRAINT dispositions_kind_known CHECK (kind IN (
        'case_filed', 'warning', 'reminder_talk', 'criticism', 'written_self_examination',
        'interview', 'accountability', 'other'
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
COMMENT ON COLUMN dispositions.kind IS 'The GraphQL DispositionKind, lower_snake: case_filed (立案查处), warning (警告处分), reminder_talk (提醒谈话), criticism (批评教育), written_self_examination (书面检查), interview (约谈), accountability (追责问责) or other (any other: 处理, 诫勉谈话, 严重警告, 记过, 按自行退党处理…; the note says which).';
COMMENT ON COLUMN dispositions.note IS 'The notice''s clause that states it.';

-- Funds: money the notice says was refunded, collected, returned, invested or paid back.
CREATE TABLE funds (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inspection_id  bigint NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
    finding_id   bigint REFERENCES findings (id) ON DELETE CASCADE,
    unit_id      bigint REFERENCES units (id) ON DELETE RESTRICT,
    kind         text NOT NULL,
    amount       numeric(20, 2),
    amount_text  text,
    source_text  text NOT NULL,
    CONSTRAINT funds_amount_not_negative CHECK (amount >= 0),
    CONSTRAINT funds_amount_text_with_amount CHECK ((amount IS NULL) = (amount_text IS NULL)),
    CONSTRAINT funds_kind_known CHECK (kind IN (
        'refunded', 'arrears_collected', 'returned_to_proper_account', 'invested', 'back_paid', 'other'
    ))
);

CREATE INDEX funds_inspection_id_index ON funds (inspection_id);
CREATE INDEX funds_finding_id_index ON funds (finding_id);
CREATE INDEX funds_unit_id_index ON funds (unit_id);
CREATE INDEX funds_kind_index ON funds (kind);
CREATE INDEX funds_amount_index ON funds (amount);

COMMENT ON TABLE funds IS 'Money a finding''s progress text says moved: refunded, collected, returned, invested, paid back. A sentence that says money moved without an amount gives a row with a NULL amount.';
COMMENT ON COLUMN funds.id IS 'Surrogate key.';
COMMENT ON COLUMN funds.inspection_id IS 'The inspection whose notice states it.';
COMMENT ON COLUMN funds.finding_id IS 'The finding whose progress text states it; NULL for money stated outside any finding.';
COMMENT ON COLUMN funds.unit_id IS 'The unit whose money it is: the one unit the finding''s title names, else the one unit the sentence names; NULL otherwise.';
COMMENT ON COLUMN funds.kind IS 'The GraphQL FundKind, lower_snake: refunded (清退, 退款), arrears_collected (催收, 欠缴), returned_to_proper_account (归还原资金渠道), invested (投资), back_paid (补缴) or other (any other movement, e.g. 借支现金已经归还, or an amount with none of these words).';
COMMENT ON COLUMN funds.amount IS 'Amount in yuan, exact (38.12万元 is 381200.00); NULL when the notice gives none.';
COMMENT ON COLUMN funds.amount_text IS 'The amount as printed, e.g. 38.12万元; NULL with amount.';
COMMENT ON COLUMN funds.source_text IS 'The sentence it came from, as printed.';
