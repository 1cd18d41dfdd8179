import { latestEvents } from '@/feeds/latest'
import { feedRoute } from '@/feeds/route'

export const GET = feedRoute('json', latestEvents('json'))
