-- books
SELECT json_build_object('nodes', coalesce(json_agg(json_build_object('title', r1.title) ORDER BY r1._rn ASC) FILTER (WHERE r1._rn <= $4::bigint), '[]'::json)) AS json
FROM (
  SELECT t2.*, t2.id AS _k0, row_number() OVER (ORDER BY t2.id ASC) AS _rn
  FROM books AS t2
  WHERE (t2.title ILIKE $1::text) AND (t2.title ILIKE $2::text)
  ORDER BY t2.id ASC
  LIMIT $3::bigint
) AS r1;
-- $1 = '50\%\_off\\%'
-- $2 = '%100\% 纯\_棉%'
-- $3 = '21'
-- $4 = '20'

