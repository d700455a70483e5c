-- people
SELECT json_build_object('nodes', coalesce(json_agg(json_build_object('name', r1.name, 'mentor', o3.json, 'books', c7.json, 'mentees', c15.json) ORDER BY r1._rn ASC) FILTER (WHERE r1._rn <= $7::bigint), '[]'::json)) AS json
FROM (
  SELECT t2.*, t2.id AS _k0, row_number() OVER (ORDER BY t2.id ASC) AS _rn
  FROM people AS t2
  ORDER BY t2.id ASC
  LIMIT $1::bigint
) AS r1
LEFT JOIN LATERAL (
  SELECT json_build_object('name', t4.name, 'mentor', o5.json) AS json
  FROM people AS t4
  LEFT JOIN LATERAL (
    SELECT json_build_object('name', t6.name) AS json
    FROM people AS t6
    WHERE t6.id = t4.mentor_id
  ) AS o5 ON true
  WHERE t4.id = r1.mentor_id
) AS o3 ON true
LEFT JOIN LATERAL (
  SELECT json_build_object('edges', coalesce(json_agg(json_build_object('role', upper(r8._e_role), 'cursor', translate(encode(convert_to(json_build_array('bd137718', r8._k0, r8._k1)::text, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'node', json_build_object('title', r8.title, 'editor', o11.json)) ORDER BY r8._rn ASC) FILTER (WHERE r8._rn <= $4::bigint), '[]'::json), 'totalCount', (
    SELECT count(*)
    FROM credits AS j13
    JOIN books AS t14 ON t14.id = j13.book_id
    WHERE (j13.person_id = r1.id) AND (j13.role = $2::text)
  )) AS json
  FROM (
    SELECT t10.*, t10.id AS _k0, j9.id AS _k1, j9.role AS _e_role, row_number() OVER (ORDER BY t10.id ASC, j9.id ASC) AS _rn
    FROM credits AS j9
    JOIN books AS t10 ON t10.id = j9.book_id
    WHERE (j9.person_id = r1.id) AND (j9.role = $2::text)
    ORDER BY t10.id ASC, j9.id ASC
    LIMIT $3::bigint
  ) AS r8
  LEFT JOIN LATERAL (
    SELECT json_build_object('name', t12.name) AS json
    FROM people AS t12
    WHERE t12.id = r8.editor_id
  ) AS o11 ON true
) AS c7 ON true
LEFT JOIN LATERAL (
  SELECT json_build_object('nodes', coalesce(json_agg(json_build_object('name', r16.name, 'edited', c18.json) ORDER BY r16._rn ASC) FILTER (WHERE r16._rn <= $6::bigint), '[]'::json)) AS json
  FROM (
    SELECT t17.*, t17.id AS _k0, row_number() OVER (ORDER BY t17.id ASC) AS _rn
    FROM people AS t17
    WHERE t17.mentor_id = r1.id
    ORDER BY t17.id ASC
    LIMIT $5::bigint
  ) AS r16
  LEFT JOIN LATERAL (
    SELECT json_build_object('totalCount', (
      SELECT count(*)
      FROM books AS t19
      WHERE t19.editor_id = r16.id
    )) AS json
  ) AS c18 ON true
) AS c15 ON true;
-- $1 = '4'
-- $2 = 'author'
-- $3 = '3'
-- $4 = '2'
-- $5 = '21'
-- $6 = '20'
-- $7 = '3'

