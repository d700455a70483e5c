-- __typename: "Query"

-- cheap
SELECT json_build_object('__typename', 'BookConnection', 'totalCount', (
  SELECT count(*)
  FROM books AS t3
  WHERE t3.price < $1::numeric
), 'nodes', coalesce(json_agg(json_build_object('title', r1.title) ORDER BY r1._rn ASC) FILTER (WHERE r1._rn <= $3::bigint), '[]'::json)) AS json
FROM (
  SELECT t2.*, t2.id AS _k0, row_number() OVER (ORDER BY t2.id ASC) AS _rn
  FROM books AS t2
  WHERE t2.price < $1::numeric
  ORDER BY t2.id ASC
  LIMIT $2::bigint
) AS r1;
-- $1 = '10.50'
-- $2 = '3'
-- $3 = '2'

-- schemaTypes: introspection, answered in Swift

-- costly
SELECT json_build_object('edges', coalesce(json_agg(json_build_object('__typename', 'BookEdge', 'node', json_build_object('__typename', 'Book', 'title', r1.title)) ORDER BY r1._rn ASC) FILTER (WHERE r1._rn <= $3::bigint), '[]'::json), 'pageInfo', json_build_object('__typename', 'PageInfo', 'hasNextPage', count(*) > $3::bigint)) AS json
FROM (
  SELECT t2.*, t2.id AS _k0, row_number() OVER (ORDER BY t2.id ASC) AS _rn
  FROM books AS t2
  WHERE t2.price >= $1::numeric
  ORDER BY t2.id ASC
  LIMIT $2::bigint
) AS r1;
-- $1 = '10.50'
-- $2 = '4'
-- $3 = '3'

