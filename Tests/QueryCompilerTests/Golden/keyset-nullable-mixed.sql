-- books
SELECT json_build_object('nodes', coalesce(json_agg(json_build_object('title', r1.title, 'price', r1.price::text) ORDER BY r1._rn ASC) FILTER (WHERE r1._rn <= $5::bigint), '[]'::json)) AS json
FROM (
  SELECT t2.*, t2.price AS _k0, t2.title AS _k1, t2.id AS _k2, row_number() OVER (ORDER BY t2.price DESC, t2.title ASC, t2.id ASC) AS _rn
  FROM books AS t2
  WHERE ((($1::numeric IS NULL) AND (t2.price IS NOT NULL)) OR (t2.price < $1::numeric)) OR ((t2.price IS NOT DISTINCT FROM $1::numeric) AND (t2.title > $2::text)) OR ((t2.price IS NOT DISTINCT FROM $1::numeric) AND (t2.title = $2::text) AND (t2.id > $3::bigint))
  ORDER BY t2.price DESC, t2.title ASC, t2.id ASC
  LIMIT $4::bigint
) AS r1;
-- $1 = '12.50'
-- $2 = 'Dune'
-- $3 = '4'
-- $4 = '11'
-- $5 = '10'

