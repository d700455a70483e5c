-- node
SELECT coalesce(CASE $1::text WHEN 'Book' THEN (
  SELECT json_build_object('__typename', 'Book', 'id', translate(encode(convert_to('Book:' || t1.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'title', t1.title, 'editor', o2.json)
  FROM books AS t1
  LEFT JOIN LATERAL (
    SELECT json_build_object('name', t3.name) AS json
    FROM people AS t3
    WHERE t3.id = t1.editor_id
  ) AS o2 ON true
  WHERE t1.id = $2::bigint
) WHEN 'Person' THEN (
  SELECT json_build_object('__typename', 'Person', 'id', translate(encode(convert_to('Person:' || t4.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'name', t4.name, 'born', t4.born)
  FROM people AS t4
  WHERE t4.id = $2::bigint
) END, 'null'::json) AS json;
-- $1 = 'Book'
-- $2 = '42'

