-- books
SELECT json_build_object('nodes', coalesce(json_agg(json_build_object('id', translate(encode(convert_to('Book:' || r1.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) ORDER BY r1._rn ASC) FILTER (WHERE r1._rn <= $5::bigint), '[]'::json)) AS json
FROM (
  SELECT t2.*, t2.id AS _k0, row_number() OVER (ORDER BY t2.id ASC) AS _rn
  FROM books AS t2
  WHERE (NOT (t2.id = ANY ($1::bigint[]))) AND (t2.genre = ANY ($2::text[])) AND (t2.pages = ANY ($3::integer[]))
  ORDER BY t2.id ASC
  LIMIT $4::bigint
) AS r1;
-- $1 = '{7}'
-- $2 = '{"novel","poetry"}'
-- $3 = '{100,200,300}'
-- $4 = '21'
-- $5 = '20'

