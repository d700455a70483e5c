-- nodes
SELECT coalesce(json_agg(CASE i1.type WHEN 'Book' THEN (
  SELECT json_build_object('id', translate(encode(convert_to('Book:' || t2.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'title', t2.title)
  FROM books AS t2
  WHERE t2.id = i1.key
) WHEN 'Person' THEN (
  SELECT json_build_object('id', translate(encode(convert_to('Person:' || t3.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'name', t3.name)
  FROM people AS t3
  WHERE t3.id = i1.key
) END ORDER BY i1.ord ASC), '[]'::json) AS json
FROM unnest($1::text[], $2::bigint[]) WITH ORDINALITY AS i1(type, key, ord);
-- $1 = '{"Book","Person","Book"}'
-- $2 = '{1,2,999}'

