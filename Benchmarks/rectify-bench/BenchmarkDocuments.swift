/// Documents the language benchmark parses.
enum BenchmarkDocuments {
    /// A realistic ~2 KB dashboard query: nested connections with filters, fragments, variables,
    /// aliases and directives, as a front end over the inspection findings would send.
    static let dashboard = """
        query RectificationDashboard($bureauId: ID!, $year: Int = 2020, $first: Int = 20, $after: String,
            $status: [FindingStatus!] = [OPEN, IN_PROGRESS], $minAmount: Decimal, $withPeople: Boolean! = true) {
          bureau: unit(id: $bureauId) {
            ...UnitSummary
            openFindings: findings(first: $first, after: $after,
                filter: {year: $year, status: $status, amount: {gte: $minAmount}, category: [FUNDS, DISCIPLINE]},
                orderBy: {field: DEADLINE, direction: ASC}) {
              totalCount
              pageInfo { hasNextPage endCursor }
              edges {
                cursor
                node {
                  ...FindingCard
                  responsibleUnit { ...UnitSummary parent { id name } }
                  people @include(if: $withPeople) {
                    totalCount
                    nodes { id name role position unit { id name } }
                  }
                  measures(first: 5, filter: {done: false}) {
                    nodes { id description deadline completedAt evidence { kind url } }
                  }
                  funds {
                    recovered { amount currency }
                    outstanding { amount currency }
                    transfers(first: 3) { nodes { id amount date from { id name } to { id name } } }
                  }
                }
              }
            }
            rectified: findings(first: 5, filter: {year: $year, status: [RECTIFIED]}) {
              totalCount
              nodes { ...FindingCard }
            }
            statistics(year: $year) {
              byCategory { category count amount { amount currency } }
              byStatus { status count }
              overdue: count(filter: {overdue: true})
            }
          }
          recentActivity: activity(last: 10, filter: {unit: $bureauId, kinds: [COMMENT, STATUS_CHANGE]}) {
            nodes {
              __typename
              at
              actor { id name }
              ... on StatusChange { from to finding { id title } }
              ... on Comment { text finding { id title } }
            }
          }
        }

        fragment UnitSummary on Unit {
          id
          name
          kind
          region { id name }
          head { id name phone @skip(if: true) }
        }

        fragment FindingCard on Finding {
          id
          number
          title
          summary
          category
          status
          severity
          discoveredAt
          deadline
          amount { amount currency }
          inspection { id name year }
        }
        """
}
