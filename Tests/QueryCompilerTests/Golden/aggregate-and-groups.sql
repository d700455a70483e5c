-- books
SELECT json_build_object('aggregate', (
  SELECT json_build_object('__typename', 'BookAggregate', 'count', count(*), 'sum', json_build_object('price', sum(t1.price)::text, 'pages', sum(t1.pages)::bigint), 'avg', json_build_object('price', avg(t1.price)::text, 'pages', avg(t1.pages)::double precision), 'min', json_build_object('price', min(t1.price)::text, 'published', min(t1.published_on)), 'max', json_build_object('price', max(t1.price)::text, 'published', max(t1.published_on)))
  FROM books AS t1
  WHERE t1.in_print = $1::boolean
), 'byGenre', (
  SELECT coalesce(json_agg(json_build_object('key', json_build_object('genre', upper(g3._g0)), 'count', g3._count, 'sum', json_build_object('price', g3._s0)) ORDER BY g3._g0 ASC), '[]'::json)
  FROM (
    SELECT t2.genre AS _g0, count(*) AS _count, sum(t2.price)::text AS _s0
    FROM books AS t2
    WHERE t2.in_print = $1::boolean
    GROUP BY t2.genre
    ORDER BY t2.genre ASC
    LIMIT $2::bigint
  ) AS g3
), 'byPerson', (
  SELECT coalesce(json_agg(json_build_object('key', json_build_object('person', o9.json), 'count', g8._count) ORDER BY g8._count DESC, g8._g0 ASC), '[]'::json)
  FROM (
    SELECT k7.v AS _g0, count(*) AS _count
    FROM books AS t4
    JOIN LATERAL (
      SELECT DISTINCT t6.id AS v
      FROM credits AS j5
      JOIN people AS t6 ON t6.id = j5.person_id
      WHERE j5.book_id = t4.id
    ) AS k7 ON true
    WHERE t4.in_print = $1::boolean
    GROUP BY k7.v
    ORDER BY count(*) DESC, k7.v ASC
    LIMIT $3::bigint
  ) AS g8
  LEFT JOIN LATERAL (
    SELECT json_build_object('name', t10.name) AS json
    FROM people AS t10
    WHERE t10.id = g8._g0
  ) AS o9 ON true
), 'byEditorAndYear', (
  SELECT coalesce(json_agg(json_build_object('__typename', 'BookGroup', 'key', json_build_object('__typename', 'BookGroupKey', 'editor', o13.json, 'year', g12._g1, 'genre', NULL), 'count', g12._count) ORDER BY g12._g0 ASC, g12._g1 ASC), '[]'::json)
  FROM (
    SELECT t11.editor_id AS _g0, extract(year from t11.published_on)::integer AS _g1, count(*) AS _count
    FROM books AS t11
    WHERE t11.in_print = $1::boolean
    GROUP BY t11.editor_id, extract(year from t11.published_on)::integer
    ORDER BY t11.editor_id ASC, extract(year from t11.published_on)::integer ASC
    LIMIT $2::bigint
  ) AS g12
  LEFT JOIN LATERAL (
    SELECT json_build_object('id', translate(encode(convert_to('Person:' || t14.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'name', t14.name) AS json
    FROM people AS t14
    WHERE t14.id = g12._g0
  ) AS o13 ON true
)) AS json;
-- $1 = 'true'
-- $2 = '100'
-- $3 = '5'

