import { sitePage } from '../site-page'

const page = sitePage('accessibility')
export const generateMetadata = page.generateMetadata
export default page.Page
