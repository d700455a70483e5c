-- wrk script for `make bench`: POSTs one GraphQL request body (application/json) per request.
--
--   wrk … -s bench/post.lua http://HOST:PORT/graphql -- BODY.json [SENTINEL TYPE LO HI]
--
-- With SENTINEL TYPE LO HI, every request replaces the text SENTINEL in the body (a global ID the
-- benchmark put there) by the global ID of TYPE with a key drawn uniformly from LO..HI, so each
-- request looks up a different object; pgbench draws its parameter from the same range
-- (`\set random1 random(LO, HI)`, see Benchmarks/rectify-bench/PgbenchScript.swift).

local threads = 0
local prefix, suffix, typename, low, high
local fixed

-- Relay global IDs: unpadded URL-safe base64 of "Type:key" (Sources/QueryCompiler/Encoding).
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

local function base64url(text)
  local out = {}
  for i = 1, #text, 3 do
    local a, b, c = text:byte(i, i + 2)
    local n = a * 65536 + (b or 0) * 256 + (c or 0)
    local chars = 2 + (b and 1 or 0) + (c and 1 or 0)
    for j = 1, chars do
      local shift = 18 - 6 * (j - 1)
      local index = math.floor(n / 2 ^ shift) % 64
      out[#out + 1] = alphabet:sub(index + 1, index + 1)
    end
  end
  return table.concat(out)
end

function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
end

function init(args)
  local file = assert(io.open(args[1], "rb"), "cannot read " .. tostring(args[1]))
  local body = file:read("*a")
  file:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  if args[2] then
    local at = assert(body:find(args[2], 1, true), "the sentinel " .. args[2] .. " is not in the body")
    prefix = body:sub(1, at - 1)
    suffix = body:sub(at + #args[2])
    typename = args[3] .. ":"
    low, high = tonumber(args[4]), tonumber(args[5])
    math.randomseed(os.time() * 100 + (seed or 0))
  else
    fixed = wrk.format(nil, nil, nil, body)
  end
end

function request()
  if fixed then return fixed end
  return wrk.format(nil, nil, nil, prefix .. base64url(typename .. math.random(low, high)) .. suffix)
end
