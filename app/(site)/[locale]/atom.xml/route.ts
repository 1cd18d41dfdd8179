import { newsFeedRoute } from '../news-feed'

export const GET = newsFeedRoute('atom')
