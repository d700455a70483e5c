-- books
SELECT json_build_object('totalCount', (
  SELECT count(*)
  FROM books AS t3
  WHERE (t3.genre = ANY ($1::text[])) AND (t3.pages >= $2::integer)
), 'edges', coalesce(json_agg(json_build_object('cursor', translate(encode(convert_to(json_build_array('54eebdbd', r1._k0, r1._k1)::text, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'node', json_build_object('id', translate(encode(convert_to('Book:' || r1.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'title', r1.title, 'genre', upper(r1.genre), 'price', r1.price::text, 'published', r1.published_on, 'pages', r1.pages, 'inPrint', r1.in_print)) ORDER BY r1._rn ASC) FILTER (WHERE r1._rn <= $4::bigint), '[]'::json), 'pageInfo', json_build_object('hasNextPage', count(*) > $4::bigint, 'hasPreviousPage', false, 'startCursor', (array_agg(translate(encode(convert_to(json_build_array('54eebdbd', r1._k0, r1._k1)::text, 'UTF8'), 'base64'), E'+/=\n', '-_') ORDER BY r1._rn ASC) FILTER (WHERE r1._rn <= $4::bigint))[1], 'endCursor', (array_agg(translate(encode(convert_to(json_build_array('54eebdbd', r1._k0, r1._k1)::text, 'UTF8'), 'base64'), E'+/=\n', '-_') ORDER BY r1._rn DESC) FILTER (WHERE r1._rn <= $4::bigint))[1])) AS json
FROM (
  SELECT t2.*, t2.title AS _k0, t2.id AS _k1, row_number() OVER (ORDER BY t2.title ASC, t2.id ASC) AS _rn
  FROM books AS t2
  WHERE (t2.genre = ANY ($1::text[])) AND (t2.pages >= $2::integer)
  ORDER BY t2.title ASC, t2.id ASC
  LIMIT $3::bigint
) AS r1;
-- $1 = '{"novel","essay"}'
-- $2 = '100'
-- $3 = '6'
-- $4 = '5'

