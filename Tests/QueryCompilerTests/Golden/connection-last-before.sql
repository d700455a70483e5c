-- books
SELECT json_build_object('edges', coalesce(json_agg(json_build_object('node', json_build_object('title', r1.title)) ORDER BY r1._rn DESC) FILTER (WHERE r1._rn <= $3::bigint), '[]'::json), 'pageInfo', json_build_object('hasNextPage', EXISTS (
  SELECT 1
  FROM books AS t3
  WHERE t3.id >= $1::bigint
), 'hasPreviousPage', count(*) > $3::bigint, 'startCursor', (array_agg(translate(encode(convert_to(json_build_array('d2d02bac', r1._k0)::text, 'UTF8'), 'base64'), E'+/=\n', '-_') ORDER BY r1._rn DESC) FILTER (WHERE r1._rn <= $3::bigint))[1], 'endCursor', (array_agg(translate(encode(convert_to(json_build_array('d2d02bac', r1._k0)::text, 'UTF8'), 'base64'), E'+/=\n', '-_') ORDER BY r1._rn ASC) FILTER (WHERE r1._rn <= $3::bigint))[1])) AS json
FROM (
  SELECT t2.*, t2.id AS _k0, row_number() OVER (ORDER BY t2.id DESC) AS _rn
  FROM books AS t2
  WHERE t2.id < $1::bigint
  ORDER BY t2.id DESC
  LIMIT $2::bigint
) AS r1;
-- $1 = '7'
-- $2 = '4'
-- $3 = '3'

