Rechnung ${invoice} ist heute fällig
