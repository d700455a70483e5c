-- books
SELECT json_build_object('nodes', coalesce(json_agg(json_build_object('title', r1.title) ORDER BY r1._rn ASC) FILTER (WHERE r1._rn <= $4::bigint), '[]'::json), 'pageInfo', json_build_object('hasNextPage', count(*) > $4::bigint, 'hasPreviousPage', EXISTS (
  SELECT 1
  FROM books AS t3
  WHERE (t3.title, t3.id) <= ($1::text, $2::bigint)
))) AS json
FROM (
  SELECT t2.*, t2.title AS _k0, t2.id AS _k1, row_number() OVER (ORDER BY t2.title ASC, t2.id ASC) AS _rn
  FROM books AS t2
  WHERE (t2.title, t2.id) > ($1::text, $2::bigint)
  ORDER BY t2.title ASC, t2.id ASC
  LIMIT $3::bigint
) AS r1;
-- $1 = 'Dune'
-- $2 = '4'
-- $3 = '3'
-- $4 = '2'

